// Spelling-tolerant keys for names: "IS-KP", "IS KP" and "ISKP" all become "iskp".

export function compactKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function searchKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(compactKey).filter((k) => k.length > 0))];
}
