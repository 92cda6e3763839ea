/** localStorage, or undefined where the browser refuses it (then no choice is remembered). */
export function consentStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}
