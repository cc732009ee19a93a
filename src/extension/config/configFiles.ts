import * as vscode from 'vscode';
import {
  addCustomPacks,
  builtInPacks,
  describeUnknownCompany,
  mergeConfig,
  parseConfigFile,
  parseJson,
  parsePack,
  toResolvedConfig,
  type ConfigFile,
  type CustomPack,
  type Pack,
  type PackNotice,
  type ResolvedConfig,
} from '../../core';
import { readSettings, SETTINGS_SOURCE, type SettingsLayer } from './settings';

export const CONFIG_FILE_NAME = '.storylintrc.json';

/** Everything a lint needs besides the text. */
export interface LintSetup {
  config: ResolvedConfig;
  packs: Map<string, Pack>;
}

interface LoadedFile {
  config?: ConfigFile;
  error?: { message: string; range: vscode.Range };
}

/** Where a list of packs is written, for messages: `listed in <listedIn>`, its paths relative to <relativeTo>. */
interface PackListSource {
  listedIn: string;
  relativeTo: string;
}

const SETTINGS_PACKS: PackListSource = { listedIn: 'storylint.packs', relativeTo: 'the workspace folder' };

/** A pack file read: the pack, or what is wrong with its content, or the error that kept it from being read. */
interface PackRead {
  pack?: Pack;
  error?: string;
  unreadable?: unknown;
}

/** The packs of one list (settings or a config), as written there: what loaded, what did not, what replaced what. */
interface ListedPacks {
  custom: CustomPack[];
  /** Each message names the path already. */
  errors: Array<{ path: string; message: string }>;
  notices: PackNotice[];
}

/**
 * Finds, reads and validates .storylintrc.json files and custom packs, with caches that a file
 * watcher clears. A bad file becomes a diagnostic on that file (never an exception), so a typo in
 * the config never stops stories from being linted with the rest of the settings.
 */
export class ConfigFiles implements vscode.Disposable {
  private readonly locations = new Map<string, vscode.Uri | null>();
  private readonly files = new Map<string, Promise<LoadedFile>>();
  private readonly packFiles = new Map<string, Promise<PackRead>>();
  /**
   * A watcher per pack file any config or setting has named, kept across invalidations: recreated on each, a change
   * made while the new watcher was being set up (a git pull touching the config and the pack) went unheard.
   */
  private readonly packWatchers = new Map<string, vscode.Disposable>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private lastSettingsError: string | undefined;
  /** Fires when a config file, a pack or a storylint.* setting changed: every story must be relinted. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const invalidate = () => this.invalidate();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(invalidate),
      watcher.onDidChange(invalidate),
      watcher.onDidDelete((uri) => {
        this.problems.delete(uri);
        invalidate();
      }),
      // Saves through the editor reach us sooner than the watcher, and in every file system.
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc.uri.path.endsWith(`/${CONFIG_FILE_NAME}`) || this.packWatchers.has(doc.uri.toString())) invalidate();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('storylint')) invalidate();
      }),
      this.changed,
    );
  }

  invalidate(): void {
    this.locations.clear();
    this.files.clear();
    this.packFiles.clear();
    this.changed.fire();
  }

  /** Settings, then the nearest .storylintrc.json (the file wins), plus built-in and custom packs. */
  async setupFor(uri: vscode.Uri): Promise<LintSetup> {
    const settings = readSettings(uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const packs = builtInPacks();
    const fromSettings = folder ? await this.addPacks(packs, folder.uri, settings.packs, SETTINGS_PACKS) : undefined;

    const fileUri = uri.scheme === 'untitled' ? undefined : await this.find(parentOf(uri), folder?.uri);
    const file = fileUri ? await this.load(fileUri) : undefined;
    let listed: ListedPacks | undefined;
    if (fileUri && file) {
      const source = { listedIn: vscode.workspace.asRelativePath(fileUri), relativeTo: "the config's folder" };
      listed = await this.addPacks(packs, parentOf(fileUri), file.config?.packs ?? [], source);
      const company = file.config?.company?.toLowerCase();
      await this.reportFileProblems(fileUri, file, listed, company ? describeUnknownCompany(company, packs, listed.custom) : undefined);
    }
    const settingsNotice = fromSettings?.notices[0];
    this.reportSettingsError(
      settings.error ??
        fromSettings?.errors[0]?.message ??
        (settingsNotice && `${settingsNotice.path} ${settingsNotice.message}`) ??
        unknownSettingsCompany(settings, file?.config, packs, [...(fromSettings?.custom ?? []), ...(listed?.custom ?? [])]),
    );

    const config = mergeConfig(settings.config, file?.config ? toResolvedConfig(file.config) : undefined);
    return { config, packs };
  }

  private async find(dir: vscode.Uri, root: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const key = dir.toString();
    if (this.locations.has(key)) return this.locations.get(key) ?? undefined;
    const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
    let found: vscode.Uri | undefined;
    if (await exists(candidate)) found = candidate;
    else if (root && dir.toString() !== root.toString() && isInside(dir, root)) found = await this.find(parentOf(dir), root);
    this.locations.set(key, found ?? null);
    return found;
  }

  private load(uri: vscode.Uri): Promise<LoadedFile> {
    const key = uri.toString();
    let loaded = this.files.get(key);
    if (!loaded) {
      loaded = readConfigFile(uri);
      this.files.set(key, loaded);
    }
    return loaded;
  }

  /** Errors for what cannot be used (the file, a pack, an unknown "company"); a warning for a pack that replaced another. */
  private async reportFileProblems(uri: vscode.Uri, file: LoadedFile, packs: ListedPacks, unknownCompany: string | undefined): Promise<void> {
    if (file.error) {
      this.problems.set(uri, [configDiagnostic(file.error.message, file.error.range)]);
      return;
    }
    if (packs.errors.length === 0 && packs.notices.length === 0 && !unknownCompany) {
      this.problems.delete(uri);
      return;
    }
    const text = await readText(uri).catch(() => '');
    this.problems.set(uri, [
      ...packs.errors.map(({ path, message }) => configDiagnostic(message, rangeOfPack(text, path))),
      ...(unknownCompany ? [configDiagnostic(`unknown "company" ${unknownCompany}`, rangeOfKey(text, 'company'))] : []),
      ...packs.notices.map(({ path, message }) => configDiagnostic(`${path} ${message}`, rangeOfPack(text, path), vscode.DiagnosticSeverity.Warning)),
    ]);
  }

  /** Adds the packs of one list that load, and says which do not and which replaced another pack. */
  private async addPacks(packs: Map<string, Pack>, base: vscode.Uri, paths: string[], source: PackListSource): Promise<ListedPacks> {
    const listed: ListedPacks = { custom: [], errors: [], notices: [] };
    for (const path of paths) {
      const uri = vscode.Uri.joinPath(base, path);
      const key = uri.toString();
      // Watched before it is read, so a change during the read is not missed.
      if (!this.packWatchers.has(key)) this.packWatchers.set(key, this.watchPack(uri));
      let loaded = this.packFiles.get(key);
      if (!loaded) {
        loaded = readPackFile(uri, path);
        this.packFiles.set(key, loaded);
      }
      const result = await loaded;
      if (result.pack) listed.custom.push({ pack: result.pack, path });
      else if (result.unreadable !== undefined) {
        listed.errors.push({ path, message: `cannot read pack ${path} (listed in ${source.listedIn}): ${describeReadError(result.unreadable, source.relativeTo)}` });
      } else if (result.error) listed.errors.push({ path, message: result.error });
    }
    listed.notices = addCustomPacks(packs, listed.custom);
    return listed;
  }

  /** A pack file is watched as a config file is: created, changed or deleted outside VS Code, it is read again. */
  private watchPack(uri: vscode.Uri): vscode.Disposable {
    // Its folder's files, filtered here: a file name is not a glob ("[v2].json").
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(parentOf(uri), '*'));
    const invalidate = (changed: vscode.Uri) => {
      if (changed.toString() === uri.toString()) this.invalidate();
    };
    const subscriptions = [watcher.onDidCreate(invalidate), watcher.onDidChange(invalidate), watcher.onDidDelete(invalidate)];
    return vscode.Disposable.from(watcher, ...subscriptions);
  }

  /** Settings have no file to put a diagnostic on: say it once per distinct problem. */
  private reportSettingsError(error: string | undefined): void {
    if (error && error !== this.lastSettingsError) void vscode.window.showWarningMessage(`StoryLint: ${error}`);
    this.lastSettingsError = error;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const watcher of this.packWatchers.values()) watcher.dispose();
  }
}

/**
 * What to say when storylint.company names no pack the story's setup has (built-in, settings' and the config's packs),
 * which would otherwise lint with the generic pack unreported. A config's "company" wins, so the setting is then unused.
 */
function unknownSettingsCompany(settings: SettingsLayer, file: ConfigFile | undefined, packs: Map<string, Pack>, custom: CustomPack[]): string | undefined {
  const company = settings.config.company;
  if (!company || file?.company) return undefined;
  const unknown = describeUnknownCompany(company, packs, custom);
  return unknown && `${SETTINGS_SOURCE}: unknown "company" ${unknown}`;
}

async function readConfigFile(uri: vscode.Uri): Promise<LoadedFile> {
  let text: string;
  try {
    text = await readText(uri);
  } catch (error) {
    // (the file was found, so only a directory by that name or its permissions can stop the read)
    return { error: { message: `cannot read ${CONFIG_FILE_NAME}: ${describeReadError(error, 'the workspace folder')}`, range: new vscode.Range(0, 0, 0, 0) } };
  }
  const { value: json, error: badJson } = parseJson(text);
  if (badJson) return { error: { message: notValidJson(CONFIG_FILE_NAME, badJson), range: jsonErrorRange(badJson) } };
  const parsed = parseConfigFile(json, CONFIG_FILE_NAME);
  if (parsed.config) return { config: parsed.config };
  // The message reads "<source>: <path>: <problem>"; point at the last key of the path.
  const path = (parsed.error ?? '').split(': ')[1] ?? '';
  const key = path.split('.').pop() ?? '';
  return { error: { message: parsed.error ?? 'invalid configuration', range: rangeOfKey(text, key) } };
}

/** The error that kept the file from being read is worded where the list that names it is known. */
async function readPackFile(uri: vscode.Uri, written: string): Promise<PackRead> {
  let text: string;
  try {
    text = await readText(uri);
  } catch (error) {
    return { unreadable: error };
  }
  const { value, error } = parseJson(text);
  return error ? { error: notValidJson(written, error) } : parsePack(value, written);
}

/** As the CLI words it: where V8's message stopped ("line:col: ..."), and what to do. */
function notValidJson(file: string, error: string): string {
  return `${file} is not valid JSON at ${error} (fix the JSON)`;
}

/** The "line:col" parseJson puts first, as a range on that place. */
function jsonErrorRange(error: string): vscode.Range {
  const [, line, column] = /^(\d+):(\d+):/.exec(error) ?? ['', '1', '1'];
  const at = new vscode.Position(Math.max(0, Number(line) - 1), Math.max(0, Number(column) - 1));
  return new vscode.Range(at, at);
}

/** A read error as the CLI words it (src/cli/problems.ts), with what to do, rather than VS Code's own text and paths. */
function describeReadError(error: unknown, relativeTo: string): string {
  switch (error instanceof vscode.FileSystemError ? error.code : undefined) {
    case 'FileNotFound':
      return `no such file or directory (check the path, relative to ${relativeTo})`;
    case 'FileIsADirectory':
      return 'is a directory, expected a file';
    case 'NoPermissions':
      return "permission denied (check the file's permissions)";
    default:
      return String((error as Error | undefined)?.message ?? error);
  }
}

function configDiagnostic(message: string, range: vscode.Range, severity = vscode.DiagnosticSeverity.Error): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, message, severity);
  diagnostic.source = 'storylint';
  return diagnostic;
}

function rangeOfKey(text: string, key: string): vscode.Range {
  const index = key ? text.indexOf(`"${key}"`) : -1;
  return index < 0 ? new vscode.Range(0, 0, 0, 0) : rangeAt(text, index, key.length + 2);
}

/** A pack's path in the config's "packs" list, else the key. */
function rangeOfPack(text: string, path: string): vscode.Range {
  const key = text.indexOf('"packs"');
  const written = JSON.stringify(path);
  const index = key < 0 ? -1 : text.indexOf(written, key);
  return index < 0 ? rangeOfKey(text, 'packs') : rangeAt(text, index, written.length);
}

function rangeAt(text: string, index: number, length: number): vscode.Range {
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  const character = index - (before.lastIndexOf('\n') + 1);
  return new vscode.Range(line, character, line, character + length);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function parentOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

function isInside(dir: vscode.Uri, root: vscode.Uri): boolean {
  return dir.path.startsWith(root.path.endsWith('/') ? root.path : `${root.path}/`);
}
