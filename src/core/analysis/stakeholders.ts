import { idSet, lexicon } from '../text/lexicon';
import { Gap, Kind } from '../text/tokens';
import { digitsAtWordStart } from './numberWords';
import { alt, letterWord, pattern, spaced, seq, upTo, w, type Pattern, type Scope } from './patterns';
import { Scanner } from './scanner';
import { STANCE, stanceSubjects } from './stakeholderSubjects';

// Who the candidate moved: "convinced the VP of Supply Chain", "aligned three engineering leads".
const VERB = w(
  'convinced|persuaded|aligned|won over|got buy-in from|got sign-off from|got approval from|got agreement from|got the go-ahead from|secured buy-in from|won support from|brought in|pitched|presented to|partnered with|worked with|negotiated with|briefed|escalated to|pushed back on|disagreed with|told|went to|met with|sat down with|called|approached|looped in|walked|consulted|reviewed it with|reviewed the plan with|took the proposal to|took the plan to|took it to|made the case to|got',
);
const DETERMINER = spaced(alt(w('the|our|my|two|three|four|five|six'), digitsAtWordStart));
/** "got" names someone only before a role: "got the search lead to agree" (not "got the numbers", "got the sellers"). */
const PLAIN_VERBS = idSet(['got']);
const ROLES = new Set(['lead', 'leads', 'manager', 'managers', 'director', 'directors', 'head', 'vp', 'cfo', 'ceo', 'cto', 'coo', 'counsel', 'owner', 'owners', 'officer', 'architect', 'sponsor', 'boss', 'founder', 'founders', 'analyst', 'analysts', 'team', 'teams', 'leadership', 'committee']);
/** Words that end the name of whoever was moved: "the VP of Supply Chain to ...". */
const ENDS_NAME = w('to|on|that|and|with|about|before|by|in|for|so|who|which|because|through|if|when|after|while|why|how|what|at|from|into|until|as|a|an|every|each|weekly|daily|twice|once|myself|directly|first');
const THE = lexicon.id('the');
// The last word of a person or a group: "the VP of Finance" (a capital), "two engineering leads", "the legal team".
// The last word of a person or a group: "the VP of Finance" (a capital), "two engineering leads", "the legal team".
const PEOPLE = new Set('lead|leads|manager|managers|director|directors|head|heads|team|teams|engineer|engineers|pm|pms|designer|designers|analyst|analysts|owner|owners|partner|partners|stakeholder|stakeholders|counsel|legal|finance|ops|operations|leadership|committee|board|council|officer|officers|controller|architect|architects|scientist|scientists|researcher|researchers|operator|operators|agent|agents|supervisor|supervisors|nurse|nurses|doctor|doctors|consultant|consultants|teacher|teachers|principal|parents|customer|customers|client|clients|seller|sellers|vendor|vendors|executive|executives|sponsor|sponsors|founder|founders|boss|peer|peers|colleague|colleagues|group|org|department|union|regulator|regulators|auditor|auditors|recruiter|recruiters|rep|reps|champion|champions|sales|marketing|support|security|compliance|procurement|everyone|pickers|packers|reports|franchisees|merchants|skip-level|squad|crew|pharmacists|drivers|riders|hosts|creators|buyers|users|members|residents|students|staff|workers|associates|technicians|suppliers|carriers|agencies|studios|planners|editors|writers|producers|lawyers|attorneys|accountants|dispatchers|coaches|mentors|interns|volunteers|investors|donors|hr|sre|sres|qa|it'.split('|'));

/** A name's last word: "lead" of "the search lead". */
const lastWord = (name: string) => name.slice(name.search(/\S+$/));

/** True when a name ends in a person or a group, not a thing: a listed word, or a capitalised name that is not an acronym for a thing ("the routing API"). */
function namesSomeone(name: string): boolean {
  const last = lastWord(name);
  if (/^\p{Lu}/u.test(last)) return !/^(?:API|APIs|SDK|UI|UX|SQL|CRM|ERP|GPS|SLA|SLO|KPI|OKR|PRD|MVP)$/.test(last);
  return PEOPLE.has(last.toLowerCase());
}

/** Names that end in a thing, not a person or a group: "the launch plan", "the analysis". */
const THINGS = /\b(?:plan|plans|analysis|proposal|data|numbers|design|deck|doc|document|memo|idea|decision|deadline|date|scope|launch|timeline|estimate|roadmap|results|findings|budget|spec|request|requirements|issue|problem|metric|metrics|dashboard|report|code|bug|fix|change|process|policy|story|stories)$/i;
const VERB_THEN_DETERMINER = seq(VERB, DETERMINER);
// ...or moved through what the candidate brought them: "presented it to the CEO", "pitched the idea to our CFO",
// "shared the analysis with the CFO" (the thing brought is at most three words)
const BROUGHT = w('presented|pitched|showed|sent|explained|brought|shared|proposed|escalated');
const BROUGHT_THEN_DETERMINER = seq(BROUGHT, upTo(3, letterWord, w('to|with')), DETERMINER);
const CLAUSE_END = idSet([',', '.', ';']);
const NAME_MARKS = idSet(['&', "'", '-']);
const MAX_NAME = 48;

/** Only spaces, and at most one line break (a paragraph wrapped by hand), between two tokens. */
function spacesBetween(s: Scope, k: number): boolean {
  const { text, end, start } = s.t;
  let breaks = 0;
  for (let c = end[k - 1]; c < start[k]; c++) {
    const code = text.charCodeAt(c);
    if (code === 10) breaks++;
    else if (code !== 32 && code !== 13) return false;
  }
  return breaks <= 1;
}

/** "the VP of Engineering the three root causes": a lower-case "the" after a capitalised word ends the name. */
function theAfterName(s: Scope, k: number): boolean {
  if (s.t.id[k] !== THE || s.t.kind[k - 1] !== Kind.Word) return false;
  const first = s.t.text.charCodeAt(s.t.start[k - 1]);
  return first >= 65 && first <= 90 && s.t.text.charCodeAt(s.t.start[k]) === 116;
}

/**
 * The name after a verb and its determiner (token d): letters, "&", "'", "-" and spaces, 2 to 48
 * characters, ending where a comma, full stop or semicolon follows, or one of ENDS_NAME. The shortest
 * such name wins. Returns the index of the name's last token, or -1.
 */
function nameEnd(s: Scope, d: number): number {
  const t = s.t;
  const first = d + 1;
  if (first >= s.hi || t.gap[first] === Gap.Touching) return -1;
  const from = t.start[first];
  for (let k = first; k < s.hi; k++) {
    const allowed = t.kind[k] === Kind.Word || NAME_MARKS.has(t.id[k]);
    if (!allowed || t.end[k] - from > MAX_NAME || (k > first && t.gap[k] !== Gap.Touching && !spacesBetween(s, k))) return -1;
    if (t.end[k] - from < 2) continue;
    const next = k + 1;
    if (next >= s.hi) return -1;
    if (CLAUSE_END.has(t.id[next]) && (t.gap[next] === Gap.Touching || (spacesBetween(s, next) && t.start[next] - from <= MAX_NAME))) return k;
    if (t.gap[next] !== Gap.Touching && (ENDS_NAME.match(s, next) !== -1 || theAfterName(s, next))) return k;
  }
  return -1;
}

/** A verb and its determiner (`lead`), then the name after them. */
function stakeholder(lead: Pattern): Pattern {
  return pattern({
    first: lead.first,
    empty: false,
    match(s, i) {
      const d = lead.match(s, i);
      if (d === -1) return -1;
      const last = nameEnd(s, d - 1);
      return last === -1 ? -1 : last + 1;
    },
  });
}

// (what was brought first: "pitched the idea to our CFO" would otherwise stop at "pitched the idea", a thing)
const LEADS = [BROUGHT_THEN_DETERMINER, VERB_THEN_DETERMINER];
// (and, last, a stance whose subject is someone moved: "The CFO approved")
const stakeholders = new Scanner([...LEADS.map(stakeholder), STANCE]);

const PUBLIC = new Set(['customer', 'customers', 'users', 'members', 'buyers', 'sellers', 'drivers', 'riders', 'workers', 'agents', 'students', 'parents', 'residents', 'subscribers', 'patients', 'guests', 'hosts', 'merchants', 'listeners', 'viewers', 'everyone']);
const OWN_TEAM = /^(?:the|my|our)\s+(?:(?:whole|wider|own|entire)\s+)?team$/i;

/** The people the story says the candidate moved ("the VP of Supply Chain"), the first four distinct, in the order met. */
export function stakeholdersIn(s: Scope): string[] {
  const names = new Set<string>();
  stakeholders.scan(s, (form, first, end) => {
    if (form === LEADS.length) {
      for (const name of stanceSubjects(s, first)) names.add(name);
      return names.size < 4;
    }
    const determiner = LEADS[form].match(s, first) - 1;
    const name = s.t.text.slice(s.t.start[determiner], s.t.end[end - 1]).trim();
    const plain = PLAIN_VERBS.has(s.t.id[first]) && first + 1 === determiner;
    // "told the story of one seller", "pushed back on the launch plan" and "called the routing API" name no one.
    // (what was sent to the public or shown to the candidate's own team is no one moved: "sent the survey to 600
    // customers", "presented the results to the team")
    const broughtToNoOne = form === 0 && (/^\d/.test(name) || PUBLIC.has(lastWord(name).toLowerCase()) || OWN_TEAM.test(name));
    if (!broughtToNoOne && !/^(?:the|a|my|our)\s+stor(?:y|ies)\b/i.test(name) && !THINGS.test(name) && (plain ? ROLES.has(lastWord(name).toLowerCase()) : namesSomeone(name))) names.add(name);
    return names.size < 4;
  });
  return [...names].slice(0, 4);
}
