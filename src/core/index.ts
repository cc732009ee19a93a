/** The engine's public surface: what src/cli, src/extension and src/webview may use. */
export { lintStory, isStory } from './engine';
export { builtInPacks, parsePack } from './packs';
export { addCustomPacks, describeUnknownCompany } from './packs/custom';
export type { CustomPack, PackNotice } from './packs/custom';
export { principleNamed, principlesNamed } from './packs/names';
export type { Pack, Principle } from './packs';
export { configFileSchema, parseConfigFile, toResolvedConfig, mergeConfig, configJsonSchema, DEFAULT_CONFIG } from './config/schema';
export type { ConfigFile } from './config/schema';
export { parseJson } from './config/json';
export { renderSummaryMarkdown, escapeMarkdown } from './report/summaryMarkdown';
export { allRules, ruleById, ruleIds } from './rules';
export { SCORE_AREAS } from './report/score';
export { MIN_STORIES, isCorePrinciple, isPrincipleGap, showsPrinciple } from './report/principleGaps';
export { parseStory } from './parse/story';
export { SECTION_PROMPTS } from './parse/sectionPrompts';
export { LineIndex } from './text/lineIndex';
export type * from './api';
export type * from './types';
