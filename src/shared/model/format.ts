/** 95 seconds -> "1:35": how people read a speaking time. */
export function formatSpeakingTime(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Cuts text that would swamp a panel (a 1 MB line is still a story someone may open). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "stories/checkout.story.md" -> "checkout.story.md", for both / and \ separators. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
