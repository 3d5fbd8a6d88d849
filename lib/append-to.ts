/**
 * Adds `value` to the list kept under `key`, starting the list when there is none. Grouping in
 * place: rebuilding the list per item (`[...(map.get(key) ?? []), value]`) is quadratic, and cost
 * content:check about 50 s for an import's 100,000 URLs.
 */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
