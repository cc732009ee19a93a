import type { Span } from './spans';
import { MONTH_NAMES, MONTH_NAMES_BUT_MAY } from './numberWords';

/** One row of a before/after table: "| Crash-free sessions | 98.9% | 99.7% |". */
export interface TableChange {
  label: string;
  before: string;
  after: string;
  start: number;
  end: number;
}

/** What a before/after table says: its changed rows, and the period its header names ("After (8 weeks)"). */
export interface BeforeAfterTable {
  rows: TableChange[];
  /** The header line: its numbers ("8 weeks") are not outcomes. */
  header: Span;
  timeframe?: Span;
}

// Column names for the earlier and the later figure. Not "Start/End", "From/To" or Old/New alone (oldAndNew): those head
// plans, routes and owners as often as measures.
// Or said in brackets after a period: "1-10 Feb (before fix)", "1-10 March (after fix)".
// (and a result held against what was promised: "| Measure | Target | Actual |", as "against my commitment of 5%")
// (or a period before the change: "| 4 weeks before pilot | Weeks 5–8 of pilot |")
const BEFORE_THE_CHANGE = /\bbefore\s+(?:the\s+)?(?:pilot|launch|rollout|change|fix|release|test|go-live)\b/i;
/** A period counted before or after the change: "| 12 weeks before | 12 weeks after |". */
const COUNTED_PERIOD = String.raw`^(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s+(?:days?|weeks?|months?|quarters?|years?)\s+`;
/** A period counted from the start: "| Week 0 | Cutover day |" (the column after it is the later figure). */
const PERIOD_ZERO = /^(?:week|day|month|sprint)\s*0$/i;
const BEFORE = new RegExp(
  `^(?:before|baseline|was|previous|previously|prior|control|target|goal|plan|planned|forecast|budget|budgeted|commitment)\\b|\\((?:before|baseline|control)\\b|${BEFORE_THE_CHANGE.source}|${COUNTED_PERIOD}before\\s*(?:\\(|$)|${PERIOD_ZERO.source}`,
  'i',
);
/** An arm named by its letter, then called the control: "| A control | 69% |", "| Group A - control |" (set 1220). */
const LETTERED_CONTROL = /^(?:(?:arm|group|variant|cell)\s+)?[A-D]\s*[:.)\-–—]?\s*control\b/i;
// (and the test arm against a control: "| Before (fall 2022) | Test branches, 6 weeks | Control branches, 6 weeks |")
const AFTER = new RegExp(
  `^(?:after|now|treatment|variant|test|pilot(?=\\s*(?:[,(]|$))|current|result|results|outcome|actual|actuals|achieved|delivered)\\b|\\(after\\b|${COUNTED_PERIOD}after\\s*(?:\\(|$)`,
  'i',
);
/**
 * A cell that holds a measure: a figure first ("2.8%", "$1.2M", "~40 ms", "1 in 3"), not a date
 * ("3 March", "2024-03-01") or a name with a number ("Tier 1", "Depot 3").
 */
// Up to two lower-case words may lead the figure ("median 9 days", "p95 2.1 s", "est. 12+ weeks", "mostly under 1
// hour"); a capitalised one names a thing ("Tier 1").
const MEASURE_CELL = /^[~≈<>]?\s*(?:[a-z][a-z0-9]{0,7}\.?\s+){0,2}[+\-−]?(?:[A-Z]{0,3}[$€£¥₹]\s?)?\d/;
const DATE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{4}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
/** A cell's text without bold, italics or code marks. */
const plainCell = (cell: string) => cell.replace(/\*\*|__|[*_`]/g, '').trim();
/** A start told as a word: "| Raw WAV retention | forever | 7 days |", "| Manual checks | none | 3 a day |". */
const STATE_BEFORE = /^(?:forever|indefinitely|unlimited|none|zero|never|manual|manually)$/i;
const isMeasure = (cell: string | undefined) => {
  const plain = cell === undefined ? undefined : plainCell(cell);
  return plain !== undefined && MEASURE_CELL.test(plain) && !DATE.test(plain);
};
/** A period written before a bracket in a column's name: "Q3 2022 (after)". */
const PERIOD_BEFORE_BRACKET = /^((?:Q[1-4]|H[12]|FY)\s*'?\d{2,4}|(?:19|20)\d\d)\s*\(/i;
const DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*\r?$/;
// "(8 weeks)", "(H2)", "(Q3 2024)", "(6 months later)", "(approx., end of quarter)": a period in the after column's header.
// (or cycles, or a year: "After (first 2 cycles, Mar–Apr 2023)"; or a month: "After (Nov)", not "may"; or one counted
// in order: "After (1st month)", "After (first month)", "After (year 2)"; or a fiscal year: "After (FY2024)", "Before
// (FY22)"; or a season: "After (summer-autumn crop)", "After (rainy season)", "After (first season)")
const PERIOD = new RegExp(
  `\\(([^)]*(?:\\b(?:\\d+(?:st|nd|rd|th)?|one|two|three|four|five|six|eight|ten|twelve|first|second|third)\\s*(?:days?|weeks?|wks?|months?|mos?|quarters?|years?|cycles?|sprints?|updates|releases)\\b|\\b[QH][1-4]\\b|\\b(?:FY\\s*'?)?(?:19|20)\\d\\d\\b|\\bFY\\s*'?\\d{2}\\b|\\b(?:year|month|week|quarter)\\s*\\d{1,2}\\b|\\b(?:${MONTH_NAMES_BUT_MAY})\\b|\\b(?:spring|summer|autumn|fall|winter)(?:[-–/](?:spring|summer|autumn|fall|winter))?\\s+(?:crop|season|harvest|term|semester)\\b|\\b(?:rainy|dry|monsoon|harvest|peak|holiday)\\s+season\\b|\\b(?:first|second|next|following|whole|full)\\s+(?:season|harvest|term|semester)\\b|\\bend of (?:the )?(?:quarter|month|year|half|season|term|pilot)\\b)[^)]*)\\)`,
  'i',
);

/**
 * A header cell that names a period: "2022", "Q3 2022", "H1", "FY24", "2023 first half", "March 2024", "Apr-Sep 2023",
 * a day ("8 Jan 2024", "Jan 8, 2024"), a span across years ("Oct 2022–Mar 2023"), perhaps with a label ("January 2023
 * statements", "Jan–Jun 2022 (central queue)"); a season ("Summer 2022", "Winter 2022–23") or a year that spans two ("2021–22
 * season"); a named event with its year ("Tết 2023", "Diwali 2024"); quarters with their year ("Q3–Q4 2023"); a day or a month of the year the story is in ("1 July", "September").
 */
const MONTH = MONTH_NAMES;
const PERIOD_CELL = new RegExp(
  `^(?:(?:Q[1-4]|H[12]|FY)\\s*'?\\d{2,4}|Q[1-4]\\s*[-–]\\s*Q[1-4]\\s+'?\\d{2,4}|Q[1-4]|H[12]|(?:spring|summer|autumn|fall|winter)\\s+(?:19|20)\\d\\d(?:\\s*[-–/]\\s*\\d{2,4})?|\\p{Lu}\\p{Ll}{1,15}\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d(?:\\s*[-–/]\\s*\\d{2})?(?:\\s+[\\p{L}][\\p{L}\\s-]{0,20})?(?:\\s*\\([^)]{0,40}\\))?|(?:${MONTH})\\s+(?:19|20)\\d\\d\\s*[-–]\\s*(?:${MONTH})\\s+(?:19|20)\\d\\d|(?:\\d{1,2}\\s+)?(?:${MONTH})(?:\\s*[-–]\\s*(?:${MONTH}))?(?:\\s+\\d{1,2},?)?\\s+(?:19|20)\\d\\d(?:\\s+[\\p{L}][\\p{L}\\s-]{0,20}|\\s*\\([^)]{0,40}\\))?|\\d{1,2}\\s+(?:${MONTH})|(?:${MONTH})(?:\\s+\\d{1,2})?)$`,
  'iu',
);

/** A period the table's first header cell names: "Astana, 6-week test", "First 8 weeks", "Pilot, Mar-Jul 2023". */
const LABEL_PERIOD = new RegExp(`(\\b\\d+[- ](?:days?|weeks?|months?|quarters?)\\b(?:\\s+(?:test|pilot|trial|experiment|period|window|run))?|\\b(?:${MONTH})\\s*[-–]\\s*(?:${MONTH})\\s+(?:19|20)\\d\\d\\b)`, 'i');

function cellsOf(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split('|').map((cell) => cell.trim());
}

/**
 * Markdown tables in text[from, to) whose header names a column for the earlier figure and one for the
 * later ("| Metric | Before | After |"): the standard way to show a baseline. Lines are read one at a
 * time and a table is only looked for where a delimiter row follows, so any text costs one pass.
 */
export function beforeAfterTables(text: string, from: number, to: number): BeforeAfterTable[] {
  const tables: BeforeAfterTable[] = [];
  // A native search of the slice: indexOf on the text would read on to its end for every section.
  if (!text.slice(from, to).includes('|')) return tables;
  let line = from;
  while (line < to) {
    const next = lineEnd(text, line, to);
    const following = next + 1;
    // A header line, then a delimiter line.
    if (following < to && text.charCodeAt(line) !== 10 && text.slice(line, next).includes('|')) {
      const delimiterEnd = lineEnd(text, following, to);
      if (DELIMITER.test(text.slice(following, delimiterEnd))) {
        const header = cellsOf(text.slice(line, next));
        // Columns named by periods ("| Metric | Q3 2022 | Q1 2023 |", "| | 2022 season | 2023 first half |"):
        // the first is the earlier figure, the last the later.
        const periods = header.flatMap((cell, k) => (k > 0 && PERIOD_CELL.test(cell) ? [k] : []));
        const byPeriod = periods.length >= 2 && !header.some((cell) => BEFORE.test(cell));
        const earlier = byPeriod ? periods[0] : header.findIndex((cell) => BEFORE.test(cell));
        // An experiment's table names its arms as it likes ("| Metric | Control | $9.99 monthly |"): beside a
        // Control column, the next column is the arm compared with it.
        const named = byPeriod ? periods[periods.length - 1] : header.findIndex((cell) => AFTER.test(cell));
        // A Before column beside a period ("| Metric | Q1 2023 (baseline) | Q4 2023 |"): the period is the later figure.
        const last = header.length - 1;
        // (and a column named for the period before the change has the column after it as the later figure)
        const periodAfter = named === -1 && earlier > 0 && last > earlier && (PERIOD_CELL.test(header[last]) || (earlier === last - 1 && (BEFORE_THE_CHANGE.test(header[earlier]) || PERIOD_ZERO.test(plainCell(header[earlier]))))) ? last : named;
        const laterColumn = named === -1 && earlier > 0 && /^control\b|\(control\b/i.test(header[earlier]) && earlier + 1 < header.length ? earlier + 1 : periodAfter;
        // "| | Old seat map | New map (first test) | New map (with fix) |": Old and New together, the last New the later figure.
        const [before, after] = earlier === -1 && laterColumn === -1 ? oldAndNew(header) : [earlier, laterColumn];
        let row = delimiterEnd + 1;
        const rows: TableChange[] = [];
        // With no column for the earlier figure, an experiment may give its arms as rows, the control first
        // or among them ("| Control | 9% | $8.10 |" over "| Pause | 24% | $19.40 |").
        let control: string[] | undefined;
        const arms: TableRow[] = [];
        while (row < to) {
          const rowEnd = lineEnd(text, row, to);
          const rowText = text.slice(row, rowEnd);
          if (!rowText.includes('|')) break;
          const cells = cellsOf(rowText);
          if (before !== -1 && after !== -1 && (isMeasure(cells[before]) || STATE_BEFORE.test(plainCell(cells[before] ?? ''))) && isMeasure(cells[after])) {
            const label = cells.find((cell, k) => k !== before && k !== after && /\p{L}/u.test(cell)) ?? '';
            rows.push({ label, before: cells[before], after: cells[after], start: row, end: rowEnd });
          } else if (before === -1) {
            if (!control && (BEFORE.test(plainCell(cells[0])) || LETTERED_CONTROL.test(plainCell(cells[0])))) control = cells;
            else arms.push({ cells, start: row, end: rowEnd });
          }
          row = rowEnd + 1;
        }
        if (control) for (const change of armChanges(header, control, arms)) rows.push(change);
        if (rows.length > 0) {
          // The later column's period is the outcome's time frame: "After (8 weeks)", or the column "Q1 2023" itself.
          // ("Q3 2022 (after)": a period before the bracket names the column too)
          const later = after === -1 ? undefined : header[after];
          // (or the first cell names the table's period: "| Astana, 6-week test | Before | After |")
          const period = later === undefined || byPeriod ? later : ((PERIOD.exec(later) ?? PERIOD_BEFORE_BRACKET.exec(later))?.[1] ?? LABEL_PERIOD.exec(header[0] ?? '')?.[1]);
          const headerText = text.slice(line, next);
          const at = period ? headerText.indexOf(period) : -1;
          tables.push({
            rows,
            header: { text: headerText, start: line, end: next },
            ...(at !== -1 && period ? { timeframe: { text: period, start: line + at, end: line + at + period.length } } : {}),
          });
        }
        line = Math.min(row, to);
        continue;
      }
    }
    line = following;
  }
  return tables;
}

/**
 * An "Old ..." column and a "New ..." column after it: the old and the last new. Alone, Old and New head plans,
 * routes and owners as often as measures; together, and over measures (the rows are checked), they compare.
 */
function oldAndNew(header: string[]): [number, number] {
  const old = header.findIndex((cell) => /^old\b/i.test(plainCell(cell)));
  let newer = -1;
  header.forEach((cell, k) => {
    // (or a measure put right: "| Old metric | Corrected |")
    if (k > old && /^(?:new|corrected|revised|fixed)\b/i.test(plainCell(cell))) newer = k;
  });
  if (old > 0 && newer !== -1) return [old, newer];
  // Two arms named alike, the first the one the second is read against: "| | Group 1 (city app users) | Group 2 (CHW
  // recruited) |", "| Metric | Variant A | Variant B |", "| | Cohort 1 | Cohort 2 |"
  return header.length === 3 && ARM.test(plainCell(header[1])) && ARM.test(plainCell(header[2])) && armName(header[1]) === armName(header[2]) ? [1, 2] : [-1, -1];
}
// (or runs of one thing: "| | Pilot 1 | Pilot 2 |", "| | Wave 1 | Wave 2 |")
const ARM = /^(?:group|arm|variant|cohort|version|option|pilot|round|wave|phase|trial|run|attempt|iteration|batch)\s+(?:[a-d1-4])\b/i;
const armName = (cell: string) => plainCell(cell).split(/\s+/)[0].toLowerCase();

/** A table row's cells and where the row stands in the text. */
interface TableRow {
  cells: string[];
  start: number;
  end: number;
}

/** Each arm's first figure that the control row has too: "| Pause | 24% |" against "| Control | 9% |". */
function armChanges(header: string[], control: string[], arms: TableRow[]): TableChange[] {
  const changes: TableChange[] = [];
  for (const arm of arms) {
    const k = arm.cells.findIndex((cell, column) => column > 0 && isMeasure(cell) && isMeasure(control[column]));
    if (k !== -1) changes.push({ label: header[k] || arm.cells[0], before: control[k], after: arm.cells[k], start: arm.start, end: arm.end });
  }
  return changes;
}

function lineEnd(text: string, from: number, to: number): number {
  let end = from;
  while (end < to && text.charCodeAt(end) !== 10) end++;
  return end;
}

/** What a measure cell counts, so two cells of a row can be told to measure the same thing: "%", money, time, a unit. */
function kindOf(cell: string): string {
  const plain = plainCell(cell);
  if (plain.includes('%')) return '%';
  if (/[$€£¥₹]|\b(?:usd|eur|gbp|inr|kes|ngn|zar|brl|mxn|thb|php|idr)\b/i.test(plain)) return 'money';
  if (/\d\s*(?:ms|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|d|weeks?|wks?|months?|mo|years?)\b/i.test(plain)) return 'time';
  const unit = /\d[\d.,]*\s*([a-z]+)/i.exec(plain)?.[1];
  return unit ? unit.toLowerCase() : '';
}

/** A header cell that names a moment: "Before restore", "10 weeks after launch", "Next big on-sale (Apr)", "End of term", "Season 3". */
const MOMENT_HEADER = new RegExp(`\\b(?:before|after|later|earlier|old|new|original|redesign|redesigned|start|end|then|now|next|last|baseline|previous|current|today|launch|incident|fix|build|release|version|season|sprint|phase|wave|v\\d+|control|variant|treatment|holdout|hours|day|days|week|weeks|month|months|quarter|quarters|year|FY\\s?\\d{2,4}|(?:19|20)\\d\\d|Q[1-4]|H[12]|${MONTH_NAMES})\\b`, 'i');

/**
 * True when the table row holding text[at] compares its own figures: two of its measure cells count the same thing
 * under columns that name moments ("| Failed charges recovered | 21% | 58% |" under "| Metric | Before (Q2 2023) | 10
 * weeks after launch |"; "| Peak checkout error rate | >60% | 1.4% |" under "| | Incident on-sale (Mar) | Next big
 * on-sale (Apr) |"). Columns that name places, arms or things ("| Depot 3 | Depot 7 |", "| Monthly | Annual |") compare
 * no before with an after, nor does a row of different measures ("| School A | 320 | 71% |").
 */
export function tableRowCompares(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^[ \t]{0,3}\|/.test(text.slice(start, start + 4))) return false;
  const newline = text.indexOf('\n', at);
  const end = newline === -1 ? text.length : newline;
  // (a row is a line of a table someone wrote: a 1 MB line of pipes is not read cell by cell 32 times)
  if (end - start > MAX_ROW) return false;
  const cells = cellsOf(text.slice(start, end));
  const measures = cells.flatMap((cell, k) => (k > 0 && isMeasure(cell) ? [k] : []));
  if (measures.length < 2) return false;
  const header = headerAbove(text, start);
  if (header === undefined) return false;
  // Two figures of one kind side by side, one under a moment and the other under what replaced it ("| | Old flow | One
  // screen |", "| | Beta | After launch |", "| | Original plan | What we did |"), or under two lettered arms ("| | A
  // (call) | B (wizard) |"), or under two variants of one thing ("| | Email only | WhatsApp reminder |", "| | Laser kits |
  // Photo review |", "| | Pilot (5 stores) | Tet (30 stores) |": judged wrong 9 times of 9 as a figure with nothing to
  // compare with): the row is the figure's comparison. (Not beside a column of notes, owners or teams: "| | Before |
  // Branch notes |".)
  if (measures.length === 2 && kindOf(cells[measures[0]]) === kindOf(cells[measures[1]])) {
    const [first, second] = measures.map((k) => plainCell(header[k] ?? ''));
    const moment = (MOMENT_HEADER.test(first) && !ANNOTATION.test(second)) || (MOMENT_HEADER.test(second) && !ANNOTATION.test(first));
    if (moment || (LETTERED_ARM.test(first) && LETTERED_ARM.test(second)) || (variant(first) && variant(second))) return true;
  }
  const byKind = new Map<string, number>();
  for (const k of measures) {
    if (!MOMENT_HEADER.test(plainCell(header[k] ?? ''))) continue;
    const kind = kindOf(cells[k]);
    const seen = (byKind.get(kind) ?? 0) + 1;
    if (seen >= 2) return true;
    byKind.set(kind, seen);
  }
  return false;
}

const MAX_ROW = 2000;
/** A column that says who or what about a row, not a figure of it: "Owner", "Team", "Branch notes". */
const ANNOTATION = /\b(?:notes?|owners?|owned by|teams?|comments?|source|who|why|how)\b/i;
/**
 * A column named for a variant of what was done: "Email only", "With voice option", "Winter 23/24". Not a place or a
 * segment, which sets no before against an after ("Depot 3", "North depot", "Region B"), nor a name alone ("Nairobi",
 * "SMS": a city or a channel cannot be told apart), nor a column of notes, owners or teams.
 */
function variant(header: string): boolean {
  return header !== '' && !ANNOTATION.test(header) && !PLACE.test(header) && !NAME_ALONE.test(header);
}
const PLACE = /\b(?:depot|region|branch|store|site|hub|zone|city|district|warehouse|market|country|state|province|north|south|east|west|central|segment)\b/i;
// (each name after white space: a nested run of letters, "AAAA…!", would be tried every way it splits)
const NAME_ALONE = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*$/u;
/** An arm named by a letter, perhaps with what it was: "A", "B (wizard)". */
const LETTERED_ARM = /^[A-D](?:\s*\(|$)/;

/** The header cells of the table whose row starts at `rowStart`: the line above its delimiter line, at most 60 rows up. */
function headerAbove(text: string, rowStart: number): string[] | undefined {
  let end = rowStart - 1;
  for (let n = 0; n < 60 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    // (a CRLF line's carriage return is not part of the delimiter row)
    const line = text.slice(start, end).replace(/\r$/, '');
    if (!line.includes('|')) return undefined;
    if (DELIMITER.test(line)) {
      if (start === 0) return undefined;
      const headerStart = text.lastIndexOf('\n', start - 2) + 1;
      return cellsOf(text.slice(headerStart, start - 1));
    }
    end = start - 1;
  }
  return undefined;
}
