/** Collects what a command-line tool prints, so that tests can assert on its lines. */
export function captureOutput() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    context: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) },
  };
}
