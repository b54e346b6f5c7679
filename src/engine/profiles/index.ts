import { py311 } from './py311';
import { py312 } from './py312';
import { py313 } from './py313';
import { py314 } from './py314';
import type { GcVariant, Profile, VersionId } from './types';

export type { GcVariant, Profile, VersionId } from './types';

export const PROFILES: Readonly<Record<VersionId, Profile>> = { '3.11': py311, '3.12': py312, '3.13': py313, '3.14': py314 };
export const DEFAULT_VERSION: VersionId = '3.13';
export const VERSION_IDS = Object.keys(PROFILES) as VersionId[];

export function isVersionId(value: string): value is VersionId {
  return Object.hasOwn(PROFILES, value);
}

/** The collectors a version can run: its default one first, then those of other patch releases. */
export function gcVariantsOf(profile: Profile): GcVariant[] {
  return [profile.gc.variant, ...(Object.keys(profile.gc.otherVariants ?? {}) as GcVariant[])];
}

/**
 * The profile of `profile`'s version running another collector (e.g. 3.14's incremental GC of
 * 3.14.0–3.14.4): that release's micro version and thresholds. Null when the version never shipped it.
 */
export function withGcVariant(profile: Profile, variant: GcVariant): Profile | null {
  if (variant === profile.gc.variant) return profile;
  const release = profile.gc.otherVariants?.[variant];
  if (!release) return null;
  const [major, minor] = profile.versionInfo;
  return {
    ...profile,
    versionInfo: [major, minor, release.micro],
    gc: { ...profile.gc, variant, thresholds: release.thresholds, startupHeap: release.startupHeap, otherVariants: undefined },
  };
}
