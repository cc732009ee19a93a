import * as vscode from 'vscode';
import { builtInPacks, mergeConfig, parseConfigFile, parsePack, toResolvedConfig, type ConfigFile, type Pack, type ResolvedConfig } from '../../core';
import { readSettings } from './settings';

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

/**
 * Finds, reads and validates .storylintrc.json files and custom packs, with caches that a file
 * watcher clears. A bad file becomes a diagnostic on that file (never an exception), so a typo in
 * the config never stops stories from being linted with the rest of the settings.
 */
export class ConfigFiles implements vscode.Disposable {
  private readonly locations = new Map<string, vscode.Uri | null>();
  private readonly files = new Map<string, Promise<LoadedFile>>();
  private readonly packFiles = new Map<string, Promise<{ pack?: Pack; error?: string }>>();
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
    const settingsPackErrors = folder ? await this.addPacks(packs, folder.uri, settings.packs) : [];
    this.reportSettingsError(settings.error ?? settingsPackErrors[0]);

    const fileUri = uri.scheme === 'untitled' ? undefined : await this.find(parentOf(uri), folder?.uri);
    const file = fileUri ? await this.load(fileUri) : undefined;
    if (fileUri && file) await this.reportFileProblems(fileUri, file, await this.addPacks(packs, parentOf(fileUri), file.config?.packs ?? []));

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

  private async reportFileProblems(uri: vscode.Uri, file: LoadedFile, packErrors: string[]): Promise<void> {
    if (file.error) {
      this.problems.set(uri, [configDiagnostic(file.error.message, file.error.range)]);
    } else if (packErrors.length > 0) {
      const range = rangeOfKey(await readText(uri).catch(() => ''), 'packs');
      this.problems.set(uri, packErrors.map((message) => configDiagnostic(message, range)));
    } else {
      this.problems.delete(uri);
    }
  }

  /** Adds the packs that load and returns one line per pack that does not. */
  private async addPacks(packs: Map<string, Pack>, base: vscode.Uri, paths: string[]): Promise<string[]> {
    const errors: string[] = [];
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
      if (result.pack) packs.set(result.pack.id, result.pack);
      else if (result.error) errors.push(result.error);
    }
    return errors;
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

async function readConfigFile(uri: vscode.Uri): Promise<LoadedFile> {
  let text: string;
  try {
    text = await readText(uri);
  } catch (error) {
    return { error: { message: `cannot read ${CONFIG_FILE_NAME}: ${String(error)}`, range: new vscode.Range(0, 0, 0, 0) } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: { message: `${CONFIG_FILE_NAME} is not valid JSON: ${(error as Error).message}`, range: new vscode.Range(0, 0, 0, 0) } };
  }
  const parsed = parseConfigFile(json, CONFIG_FILE_NAME);
  if (parsed.config) return { config: parsed.config };
  // The message reads "<source>: <path>: <problem>"; point at the last key of the path.
  const path = (parsed.error ?? '').split(': ')[1] ?? '';
  const key = path.split('.').pop() ?? '';
  return { error: { message: parsed.error ?? 'invalid configuration', range: rangeOfKey(text, key) } };
}

async function readPackFile(uri: vscode.Uri, written: string): Promise<{ pack?: Pack; error?: string }> {
  try {
    return parsePack(JSON.parse(await readText(uri)), written);
  } catch (error) {
    return { error: `${written}: ${(error as Error).message}` };
  }
}

function configDiagnostic(message: string, range: vscode.Range): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'storylint';
  return diagnostic;
}

function rangeOfKey(text: string, key: string): vscode.Range {
  const index = key ? text.indexOf(`"${key}"`) : -1;
  if (index < 0) return new vscode.Range(0, 0, 0, 0);
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  const character = index - (before.lastIndexOf('\n') + 1);
  return new vscode.Range(line, character, line, character + key.length + 2);
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
