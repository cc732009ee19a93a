import { strict as assert } from 'node:assert';
import { missing, scaled, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1234-1241 and 1226-1233 (evidence/judged). */

describe('sets 1234-1241: portfolios counted in tens, paydays, notes on the telling', () => {
  it('counts villas, towers, dealerships, showrooms, NGOs, sponsors, institutions, subscriptions and FPOs in tens as scale', () => {
    assert.equal(scaled('We manage around 180 villas in Phuket, most with a private pool.'), true);
    assert.equal(scaled('We are managing around 40 residential towers in Dubai.'), true);
    assert.equal(scaled('Our EDC is used by about 40 sponsors and CROs.'), true);
    assert.equal(scaled('By end of the season 42 FPOs were reporting through the app.'), true);
    assert.equal(scaled('There are about 60 showrooms, mostly in the Midlands and the North.'), true);
    // (a handful is no scale)
    assert.equal(scaled('We manage three villas and one tower.'), false);
  });
  it('reads paydays counted before a bracket as the test\'s duration', () => {
    assert.doesNotMatch(missing('- I set up a 50/50 test at the employee level, 4 paydays (2 months because most clients pay semi-monthly). Primary metric was loans disbursed per eligible employee.') ?? '', /duration/);
    assert.match(missing('- I set up a 50/50 test at the employee level. Primary metric was loans disbursed per eligible employee.') ?? '', /duration/);
  });
  it('reads a bracket or a question about what to say in the interview as a note to self', () => {
    assert.equal(vagueMessage('- Churn after the change was 3%.\n\n[maybe too many bullets, pick the 3 most important for interview]'), undefined);
    assert.equal(vagueMessage('We added Darija words in brackets for the most common ones ? maybe not needed for the interview'), undefined);
    assert.equal(vagueMessage('Platform lead agreed. (need to explain better my part vs. engineer Junho\'s idea? I think the waves idea was mine)'), undefined);
    // (a hedge in the telling is still one, and a bracket that tells the story is no note)
    assert.match(vagueMessage('The drivers were confused (drivers need to show better photos, I think).') ?? '', /"I think" is vague/);
    assert.match(vagueMessage('We added Darija words for the most common ones, maybe for pediatrician and dentist.') ?? '', /"maybe" is vague/);
  });
});
