/** "1 word", "2 words", "1 time": a count with its noun in the number English wants (messages a user reads). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
