import * as vscode from 'vscode';
import { parseConfigFile, toResolvedConfig, type ResolvedConfig } from '../../core';

export type RunMode = 'onType' | 'onSave';

/** What the storylint.* settings say for one resource, already validated like a config file. */
export interface SettingsLayer {
  config: Partial<ResolvedConfig>;
  /** Custom pack paths, relative to the workspace folder. */
  packs: string[];
  error?: string;
}

const SECTION = 'storylint';
/** How a message about the settings names its source, as a config file's messages name the file. */
export const SETTINGS_SOURCE = 'Settings (storylint.*)';

/** The settings that mirror .storylintrc.json, checked with the same schema so both accept the same values. */
export function readSettings(scope: vscode.Uri | undefined): SettingsLayer {
  const settings = vscode.workspace.getConfiguration(SECTION, scope);
  const raw: Record<string, unknown> = {};
  for (const key of ['company', 'rules', 'speakingRate', 'maxMinutes', 'minMinutes', 'packs'] as const) {
    const value = settings.get<unknown>(key);
    // Defaults like "" or {} mean "not set", so they must not reach the schema.
    if (value === undefined || value === '' || value === null) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    raw[key] = value;
  }
  const parsed = parseConfigFile(raw, SETTINGS_SOURCE);
  if (!parsed.config) return { config: {}, packs: [], error: parsed.error };
  return { config: toResolvedConfig(parsed.config), packs: parsed.config.packs ?? [] };
}

export function runMode(scope?: vscode.Uri): RunMode {
  return vscode.workspace.getConfiguration(SECTION, scope).get<RunMode>('run') === 'onSave' ? 'onSave' : 'onType';
}

export function debounceMs(scope?: vscode.Uri): number {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<number>('debounceMs');
  return typeof value === 'number' && value >= 0 ? value : 200;
}

export function storiesFolder(scope?: vscode.Uri): string {
  return vscode.workspace.getConfiguration(SECTION, scope).get<string>('storiesFolder') || 'stories';
}
