/**
 * A small Amazon bank for the bank-summary tests: stories written as candidates write them, each with what the page
 * should pick out of it (its metric, stakeholders, scale and the principles it shows).
 */

const star = (front: string, situation: string, task: string, action: string, result: string) =>
  `---\n${front}\n---\n\n## Situation\n\n${situation}\n\n## Task\n\n${task}\n\n## Action\n\n${action}\n\n## Result\n\n${result}\n`;

/** Dive Deep and Deliver Results, a from/to metric with a time frame, two stakeholders. */
export const refundStory = star(
  'title: Cut refund handling time from nine days to two\ncompany: amazon\nprinciples: [Deliver Results, Dive Deep]\nstakeholders: [finance operations lead, the VP of Customer Service]',
  'Our marketplace handled 25,000 refund requests a week, and a refund took nine days on average.',
  'I owned getting refunds under three days before peak season, twelve weeks away.',
  'I pulled two months of refund tickets myself and traced where each one waited. I found that every refund over $50 queued for a manual review that approved 99% of them. I wrote the proposal to auto-approve refunds under $200 for sellers with a clean record and walked the finance operations lead through the risk model.',
  'Within six weeks, average refund time went from nine days to two, and refund complaints fell from 1,100 to 380 a month.',
);

/** Dive Deep and Frugality, a from/to metric, a stakeholder only the prose names ("my VP"). */
export const catalogStory = star(
  'title: Kept the catalog cluster instead of buying a new one\ncompany: amazon\nprinciples: [Dive Deep, Frugality]',
  'At a marketplace of 60,000 sellers, new listings took six hours to go live.',
  'I owned getting ingestion under 30 minutes with the team of five engineers and no new budget.',
  'Before I signed off on a new database cluster, I pulled three weeks of job logs myself and traced every stage for 500 sample feeds. The delay was in one image-check job, not the database. I got sign-off from my VP to cut the cluster from the plan, which saved $180,000 a year, and convinced the finance operations lead to move the budget.',
  'In 14 weeks, p95 ingestion time went from six hours to 25 minutes.',
);

/** No quantified outcome: the page must say so plainly. */
export const noMetricStory = star(
  'title: Rebuilt the returns label flow after a carrier outage\ncompany: amazon\nprinciples: [Customer Obsession]',
  'A carrier outage stopped return labels for 35,000 returns a week.',
  'I owned getting customers a working label again.',
  'I called twelve customers to understand what they saw, then wrote the fallback flow with the on-call engineer and shipped it the same night.',
  'Customers could print labels again and the support queue went back to normal.',
);
