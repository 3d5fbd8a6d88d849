/**
 * What the converter did to one article, counted, so the report says it in a few lines instead of
 * one per element: "converted: Admonition ×3 → callout", "unwrapped (text kept): Foo ×1".
 */
export class ConversionNotes {
  private readonly counts = new Map<string, Map<string, number>>();
  readonly extra: string[] = [];

  add(group: string, item: string): void {
    const items = this.counts.get(group) ?? new Map<string, number>();
    items.set(item, (items.get(item) ?? 0) + 1);
    this.counts.set(group, items);
  }

  warnings(): string[] {
    const lines = [...this.counts].map(([group, items]) => `${group}: ${[...items].map(([item, count]) => (count > 1 ? `${item} ×${count}` : item)).join(", ")}`);
    return [...lines, ...this.extra];
  }
}
