import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LintOptions } from '../core/api';
import { addCustomPacks, builtInPacks, describeUnknownCompany, parseConfigFile, parseJson, parsePack, toResolvedConfig, type CustomPack } from '../core/index';
import type { Pack } from '../core/packs/schema';
import { displayPath } from './paths';
import { describeFsError, type Problems } from './problems';

export const configFileName = '.storylintrc.json';

/** A config that failed to load: its stories are skipped rather than linted with the wrong settings. */
const broken = Symbol('broken config');
type Loaded = LintOptions | typeof broken;

/**
 * Finds and loads the settings for each story: `--config` if given, else the nearest
 * .storylintrc.json walking up from the story's folder (nearest wins, no merging, like Vale).
 * Results are cached per folder and per file, so a bank of 10,000 stories costs one lookup per folder.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, Loaded>();
  private readonly byFile = new Map<string, Loaded>();
  private readonly packsByFile = new Map<string, Pack | undefined>();
  private readonly defaults: LintOptions = { packs: builtInPacks() };

  constructor(
    private readonly cwd: string,
    private readonly problems: Problems,
    private readonly override?: string,
  ) {}

  /** Options for the story at `absPath`, or undefined when its config is broken (already reported). */
  forStory(absPath: string): LintOptions | undefined {
    return this.forDirectory(dirname(absPath));
  }

  /** Options for a story in `dir`, or undefined when its config is broken (already reported). */
  forDirectory(dir: string): LintOptions | undefined {
    const loaded = this.override ? this.load(resolve(this.cwd, this.override), true) : this.forFolder(dir);
    return loaded === broken ? undefined : loaded;
  }

  private forFolder(folder: string): Loaded {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const candidate = join(folder, configFileName);
    const parent = dirname(folder);
    const loaded = statSync(candidate, { throwIfNoEntry: false })
      ? this.load(candidate, false)
      : parent === folder
        ? this.defaults
        : this.forFolder(parent);
    this.byFolder.set(folder, loaded);
    return loaded;
  }

  private load(path: string, named: boolean): Loaded {
    let loaded = this.byFile.get(path);
    if (!loaded) {
      loaded = this.read(path, named);
      this.byFile.set(path, loaded);
    }
    return loaded;
  }

  private read(path: string, named: boolean): Loaded {
    const shown = displayPath(path, this.cwd);
    const json = this.readJson(path, `config ${shown}`, named ? ' (given with --config)' : '');
    if (json === broken) return broken;
    const { config, error } = parseConfigFile(json, shown);
    if (!config) {
      this.problems.error(`bad config ${shown}: ${withoutSource(error, shown) ?? 'does not match the schema'}`);
      return broken;
    }
    const custom: CustomPack[] = [];
    for (const relative of config.packs ?? []) {
      const packPath = resolve(dirname(path), relative);
      const pack = this.readPack(packPath, shown);
      if (!pack) return broken;
      custom.push({ pack, path: displayPath(packPath, this.cwd) });
    }
    const packs = new Map(builtInPacks());
    // A pack that takes a built-in pack's id replaces it (a team's own edition): allowed, but said.
    for (const notice of addCustomPacks(packs, custom)) this.problems.notice(`pack ${notice.path} (listed in ${shown}) ${notice.message}`);
    const unknown = config.company && describeUnknownCompany(config.company.toLowerCase(), packs, custom);
    if (unknown) {
      this.problems.error(`bad config ${shown}: unknown "company" ${unknown}`);
      return broken;
    }
    return { config: toResolvedConfig(config), packs };
  }

  private readPack(path: string, configShown: string): Pack | undefined {
    if (this.packsByFile.has(path)) return this.packsByFile.get(path);
    const shown = displayPath(path, this.cwd);
    let pack: Pack | undefined;
    const json = this.readJson(path, `pack ${shown}`, ` (listed in ${configShown})`);
    if (json !== broken) {
      const parsed = parsePack(json, shown);
      if (parsed.pack) pack = parsed.pack;
      else this.problems.error(`bad pack ${shown} (listed in ${configShown}): ${withoutSource(parsed.error, shown) ?? 'does not match the pack schema'}`);
    }
    this.packsByFile.set(path, pack);
    return pack;
  }

  /** `source` says where the path came from, e.g. ' (listed in .storylintrc.json)'. */
  private readJson(path: string, what: string, source: string): unknown {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      this.problems.error(`cannot read ${what}${source}: ${describeFsError(error)}`);
      return broken;
    }
    const { value, error } = parseJson(text);
    if (error) {
      this.problems.error(`bad ${what}:${error} (fix the JSON)`);
      return broken;
    }
    return value;
  }
}

/** The engine may prefix its message with the source we gave it; we already name the file. */
function withoutSource(error: string | undefined, source: string): string | undefined {
  return error?.startsWith(`${source}: `) ? error.slice(source.length + 2) : error;
}
