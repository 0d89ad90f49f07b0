import type { NotifyEventType, NotifyTarget } from '../../config/notify-schema.ts';

export type { NotifyTarget };

/**
 * A short id that stays the same while the target's type and URL do, so reordering the config
 * list does not mix up deliveries, and a new URL (after a 410) is a new target. FNV-1a: no
 * secrecy needed, only stability.
 */
export function targetId(target: Pick<NotifyTarget, 'type' | 'url'>): string {
  let hash = 0x811c9dc5;
  for (const char of `${target.type} ${target.url}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${target.type}-${hash.toString(36)}`;
}

export function wants(target: NotifyTarget, type: NotifyEventType): boolean {
  return target.events === undefined || target.events.includes(type);
}

/** The target in words for its owner: "Slack (hooks.slack.com)". Never the full URL, a secret in itself. */
export function targetLabel(target: Pick<NotifyTarget, 'type' | 'url'>): string {
  const names = { slack: 'Slack', teams: 'Microsoft Teams', webhook: 'Webhook' } as const;
  return `${names[target.type]} (${new URL(target.url).host})`;
}
