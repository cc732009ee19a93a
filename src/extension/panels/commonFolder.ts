/**
 * The deepest folder that holds every one of these files ("/ws/amazon/a.md" and "/ws/netflix/b.md": "/ws"), as a
 * path with "/" separators (a URI's path). Where the bank's exported page goes when the stories' pages go beside them.
 */
export function commonFolder(filePaths: readonly string[]): string {
  const folders = filePaths.map((path) => path.split('/').slice(0, -1));
  if (folders.length === 0) return '/';
  const common = folders.reduce((shared, parts) => shared.slice(0, sharedLength(shared, parts)));
  return common.join('/') || '/';
}

function sharedLength(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
