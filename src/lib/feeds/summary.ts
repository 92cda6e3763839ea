/**
 * An article's summary in the feeds: its dek, followed by its key points when it has them, as plain text (JSON
 * Feed's `summary`) or as HTML (RSS's `description`, Atom's `summary`). Pure.
 */

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "The dek.\n\nKey points:\n- One.\n- Two." */
export function summaryText(dek: string, keyPoints: readonly string[], label: string): string {
  if (keyPoints.length === 0) return dek;
  return `${dek}\n\n${label}:\n${keyPoints.map((point) => `- ${point}`).join('\n')}`;
}

/** "<p>The dek.</p><p>Key points:</p><ul><li>One.</li>…</ul>", every text escaped. */
export function summaryHtml(dek: string, keyPoints: readonly string[], label: string): string {
  const paragraph = `<p>${escapeHtml(dek)}</p>`;
  if (keyPoints.length === 0) return paragraph;
  const items = keyPoints.map((point) => `<li>${escapeHtml(point)}</li>`).join('');
  return `${paragraph}<p>${escapeHtml(label)}:</p><ul>${items}</ul>`;
}
