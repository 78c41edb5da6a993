// A tiny element builder: the explorer's views are plain DOM, no framework (none earned its place here).
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | ((e: Event) => void) | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** Lower-case words of a relationship type: FIGHTS -> "fights", LED_ATTACK -> "led attack". */
export const typeWords = (type: string) => type.toLowerCase().replace(/_/g, ' ');

export const kindLabel = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase();
