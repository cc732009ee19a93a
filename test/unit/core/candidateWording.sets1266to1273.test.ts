import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { rules, scaled, shown, STAR, story, vague, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1266-1273 (evidence/judged), and in earlier sets where noted. */

describe('sets 1185-1257: an opinion said against the room is Courage, a hard truth told the boss is Candor', () => {
  const courage = (action: string) => shown('company: netflix\nprinciples: [Courage]', action, 'Courage');
  const candor = (action: string) => shown('company: netflix\nprinciples: [Candor]', action, 'Candor');
  it('reads saying no, an opinion told in the meeting, and "but firmly" as Courage', () => {
    assert.equal(courage('I had the courage to say no to the sales director, even if he was not happy.'), true);
    assert.equal(courage('I said my opinion in the meeting with the commercial director even if I was the most junior.'), true);
    assert.equal(courage('I decided to speak with my manager in a 1:1 and to tell him honestly my opinion.'), true);
    assert.equal(courage('I answered him with respect but firmly that the world is changing.'), true);
    assert.equal(courage('In a meeting with the founders I said openly that the booking system was the main problem.'), true);
    assert.equal(courage('I had to say in the meeting that I thought we should stop it.'), true);
    // (an opinion asked for, or given where nobody disagreed, is no pushback; nor is a customer's "no")
    assert.equal(courage('My manager asked for my opinion on the roadmap and I shared it with the team.'), false);
    assert.equal(courage('Customers could say no to the upsell at checkout, and most did.'), false);
  });
  it('reads "I had to tell my boss that the deadline was not realistic" as Candor', () => {
    assert.equal(candor('I had to tell my boss that the deadline was not realistic.'), true);
    assert.equal(candor('I asked my boss whether the deadline was realistic.'), false);
  });
});

describe('sets 1266-1273: notes on the draft, card holders and advisors as scale, acts after a feeling, a difference told, an empty Impact', () => {
  it('reads brackets and sentences about the telling as notes, not hedges', () => {
    assert.equal(vague('I pushed the ops manager to accept the nesting week. (This was the hardest part honestly, maybe develop this part more — how I convinced him.)'), 0);
    assert.equal(vague('I chose the vendor with the best API. [cut? — the bit about the callback tool selection, probably too much detail]'), 0);
    assert.equal(vague('The autoscaling limit was set too low. (need to explain this simple, interviewer is maybe not engineer)'), 0);
    assert.equal(vague('We had to fix the model after 3 weeks. (probably yes - shows learning)'), 0);
    assert.equal(vague('Fighting bots reduced our revenue. <- not sure if I should say this in interview. But it is the integrity point so maybe yes.'), 0);
    assert.equal(vague('In the end we made a compromise. ??? what was the compromise exactly - I think part refactoring and MVP in parallel'), 0);
    assert.equal(vague('What I\'m not sure about: if I should mention that the model was probably wrong at first.'), 0);
    assert.equal(vague('I shipped the form.\n\n- ??? need impact numbers here. maybe customer adoption? ask Priya if she has the dashboard'), 0);
    // (a bracket that tells the story keeps its hedge; question marks before a figure tell it hedged; a paragraph after
    // them may go on to tell the story)
    assert.equal(vague('We fixed the model after 3 weeks (I think the vendor was slow).'), 1);
    assert.equal(vague('I found the budget myself.\n\n- ??? how did I get eng time — I think 1 dev for 10 days. check.'), 1);
    assert.equal(vague('I ran the retro.\n\n??? what was it. The team was kind of lost before.'), 1);
  });
  it('reads "(40%? get real number from dashboard)" as a note, so the outcome asks for its number', () => {
    const message = (result: string) => lintStory(story('company: generic', STAR(result))).findings.find((f) => f.ruleId === 'vague-claim')?.message;
    assert.match(message('Data usage per hour went down a lot in 6 weeks (40%? get real number from dashboard).') ?? '', /give the number instead/);
    assert.match(message('Data usage per hour went down a lot in 6 weeks (about 40%).') ?? '', /adds nothing to the figure/);
  });
  it('reads "5 mln card holders" and "~700 advisors" as scale, not "20 rights holders" or "2 advisors"', () => {
    assert.equal(scaled('I was Product Owner in one of the biggest banks in Poland (retail, around 5 mln card holders).'), true);
    assert.equal(scaled('I worked in a call centre in Tangier (~700 advisors) as project manager.'), true);
    assert.equal(scaled('A single mix might have 30 tracks from 20 rights holders.'), false);
    assert.equal(scaled('I wrote the examples with 2 advisors from the call centre.'), false);
  });
  it('reads what people did after their feeling as the evidence, not "a lot of positive feedback"', () => {
    assert.match(vagueMessage('My manager was very satisfied and after this I had more responsibilities.') ?? '', /adds nothing to what they did next/);
    assert.match(vagueMessage('The collectors were very happy, some of them even brought their friends to register.') ?? '', /adds nothing to what they did next/);
    assert.match(vagueMessage('The municipality was very enthusiastic and we got a subsidy.') ?? '', /adds nothing to what they did next/);
    assert.match(vagueMessage('Users were very happy and we got a lot of positive feedback on the app store.') ?? '', /show what people did or said/);
    assert.match(vagueMessage('Customers were very happy, some of them said it is the reason they stay.') ?? '', /show what people did or said/);
  });
  it('reads "- difference was around 30% relative" as the figure after "significantly"', () => {
    assert.match(vagueMessage('Group B had significantly lower repeat click rate than group A - difference was around 30% relative.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('Group B had significantly lower repeat click rate than group A, which made a difference for 30 clients.') ?? '', /is vague/);
  });
  it('keeps "kind of" a hedge unless a quoted kind stands before it', () => {
    assert.equal(vague('We had nothing like the "priority applicant" kind of features the big portals had.'), 0);
    assert.equal(vague('The sales director kind of agreed with the plan.'), 1);
  });
  it('leaves an empty Impact to empty-section rather than asking the Outputs for a number', () => {
    const ioi = (impact: string) => rules(story('company: generic\nframework: ioi', `## Inputs\n\nThe home page showed events by date only, for 40,000 users.\n\n## Outputs\n\nI built a recommended section with the data team.\n\n## Impact\n\n${impact}`));
    assert.equal(ioi('').includes('no-metric'), false);
    assert.equal(ioi('').includes('empty-section'), true);
    assert.equal(ioi('People liked it and the team was proud.\n').includes('no-metric'), true);
  });
});
