/** Stories for CLI tests, kept here so changes to examples/ cannot move these tests' expectations. */

export const strongBody = `## Situation

At a mid-size marketplace, I was the product manager for catalog ingestion, the pipeline that turns
seller feeds into live listings. 60,000 sellers sent 2.4 million listing updates a day, and a new
listing took six hours to go live. Seller support logged 1,900 tickets a month reporting missing
listings, and two of our top 50 sellers had told us they would move their catalogs to a competitor.

## Task

I owned the goal of getting ingestion under 30 minutes before the holiday catalog freeze, which was
14 weeks away, with the existing team of five engineers and no new budget.

## Action

The engineering view was that the database was the bottleneck and that the fix was a new cluster.
Before I signed off on that spend, I pulled three weeks of job logs myself and traced every stage
for 500 sample feeds. Database writes took 11 minutes in total. The delay was in the validation
queue: one image-check job retried each broken image URL for up to 40 minutes, and because the queue
processed feeds in order, one bad feed blocked every feed behind it.

I wrote a two-page root-cause memo with the traces and walked the three engineering leads through
it. I proposed two changes: move image checks off the critical path, so a listing goes live with a
placeholder image, and split the single queue into one queue per seller tier. I cut the quarter's
scope to those two changes and moved the database migration to next year's plan.

I set weekly latency targets and published a dashboard of p50 and p95 ingestion time, which I
reviewed with the leads every Monday. In week 9, the per-tier queues created duplicate listings for
300 sellers. I paused the rollout, wrote the reconciliation query with one engineer, and cleaned up
the duplicates within 48 hours before I resumed.

## Result

We shipped in week 13, one week ahead of the freeze. Within 14 weeks of kickoff, p95 ingestion time
went from six hours to 25 minutes. Missing-listing tickets fell from 1,900 to 240 a month by the end
of the quarter, and skipping the new cluster saved $180,000 a year. Both at-risk sellers renewed
their contracts.
`;

export function story(frontMatter: string, body: string = strongBody): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}`;
}

/** `company` on line 3 with its value at column 10: the engine must report unknown-company there. */
export const unknownCompanyStory = story(`title: Cut ingestion latency
company: amazn
framework: star
principles: [Deliver Results]`);

export const strongStory = story(`title: Cut catalog ingestion latency from six hours to 25 minutes
company: amazon
framework: star
principles: [Deliver Results, Dive Deep]`);


/** Weasel words and "we" everywhere, but valid front matter: warnings, no errors. */
export const weakStory = story(
  `title: Warehouse picking tool
company: amazon
framework: star
principles: [Deliver Results]`,
  `## Situation

We had a lot of problems with the picking tool in the warehouse. It was basically an old system that
nobody wanted to touch, and the pickers were kind of frustrated with it.

## Task

We needed to make the tool better. Our manager asked us to look into it.

## Action

We talked to the pickers and we looked at various options. We decided to redesign the main screens
and we worked with the engineers on a new version. We also added a scanner feature that made things
a lot faster. I helped with the requirements.

## Result

The new tool was really well received. Pick times improved significantly and late orders went down
a lot. I think it was one of the most successful projects our group delivered.
`,
);

export const notAStory = `# Meeting notes\n\nWe did a lot of things. ## Situation was basically fine.\n`;

/** A custom pack as a user would write it: data only. */
export const acmePack = {
  id: 'acme',
  name: 'Acme Corp',
  version: '1.0.0',
  principles: [
    {
      id: 'frugal-innovation',
      name: 'Frugal Innovation',
      summary: 'Builds more with less: reuses what exists before buying new.',
      evidence: ['no new budget', 'saved', 'reused'],
    },
  ],
};
