import { closest } from '../text/words';
import type { Rule } from './rule';

export const unknownCompany: Rule = {
  id: 'unknown-company',
  description: 'The company in front matter must name a principle pack.',
  defaultSeverity: 'error',
  area: 'structure',
  penalty: 5,
  check(a) {
    const written = a.story.frontMatter.valueRanges.get('company')?.[0];
    const company = a.story.frontMatter.meta.company;
    if (!written || !company || a.knownCompanies.includes(company)) return [];
    const suggestion = closest(company, a.knownCompanies);
    const known = a.knownCompanies.join(', ');
    return [
      {
        message: suggestion
          ? `company "${company}" names no pack: did you mean "${suggestion}"? (known: ${known})`
          : `company "${company}" names no pack (known: ${known}); add a custom pack in .storylintrc.json or use generic`,
        range: written.range,
        fixes: suggestion ? [{ title: `Change company to "${suggestion}"`, edits: [{ range: written.range, newText: suggestion }], preferred: true }] : [],
      },
    ];
  },
};
