/**
 * Where the content lives: `content/` at the project root, or the folder named by DISPATCH_CONTENT_DIR
 * (used by the benchmark and the bad-content tests to build against other content).
 */
export const contentDir: string = (process.env['DISPATCH_CONTENT_DIR'] ?? './content').replace(/\/+$/, '');
