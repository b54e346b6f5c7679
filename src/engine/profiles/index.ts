import { py311 } from './py311';
import { py312 } from './py312';
import { py313 } from './py313';
import { py314 } from './py314';
import type { Profile, VersionId } from './types';

export type { Profile, VersionId } from './types';

export const PROFILES: Readonly<Record<VersionId, Profile>> = { '3.11': py311, '3.12': py312, '3.13': py313, '3.14': py314 };
export const DEFAULT_VERSION: VersionId = '3.13';
export const VERSION_IDS = Object.keys(PROFILES) as VersionId[];

export function isVersionId(value: string): value is VersionId {
  return Object.hasOwn(PROFILES, value);
}
