/** SheetBuilder: collects a sheet's blocks, widths, merges, rules and validations. */
import type { Cell, ConditionalRule, PrintSetup, SheetSpec, Validation } from './spec';

export class SheetBuilder {
  private readonly spec: SheetSpec;

  constructor(id: string, title: string, rightToLeft = false) {
    this.spec = {
      id,
      title,
      blocks: [],
      columnWidths: [],
      rowHeights: [],
      merges: [],
      conditionalRules: [],
      validations: [],
      rightToLeft,
    };
  }

  get id(): string {
    return this.spec.id;
  }

  get title(): string {
    return this.spec.title;
  }

  /** Writes a rectangle of cells with its top-left corner at (row, col). */
  block(row: number, col: number, cells: (Cell | null)[][]): this {
    if (cells.length > 0) this.spec.blocks.push({ row, col, cells });
    return this;
  }

  /** Writes one row of cells starting at (row, col). */
  row(row: number, col: number, cells: (Cell | null)[]): this {
    return this.block(row, col, [cells]);
  }

  cell(row: number, col: number, cell: Cell): this {
    return this.block(row, col, [[cell]]);
  }

  widths(startCol: number, widths: number[]): this {
    widths.forEach((width, i) => this.spec.columnWidths.push({ col: startCol + i, width }));
    return this;
  }

  height(row: number, height: number): this {
    this.spec.rowHeights.push({ row, height });
    return this;
  }

  merge(range: string): this {
    this.spec.merges.push(range);
    return this;
  }

  freeze(rows: number, cols: number): this {
    this.spec.freeze = { rows, cols };
    return this;
  }

  opensAt(at: NonNullable<SheetSpec['opensAt']>): this {
    this.spec.opensAt = at;
    return this;
  }

  rule(rule: ConditionalRule): this {
    this.spec.conditionalRules.push(rule);
    return this;
  }

  validate(validation: Validation): this {
    this.spec.validations.push(validation);
    return this;
  }

  print(setup: PrintSetup): this {
    this.spec.print = setup;
    return this;
  }

  /** Gathers columns from..to in a collapsed (hidden) outline group. */
  groupColumns(from: number, to: number): this {
    (this.spec.columnGroups ??= []).push({ from, to });
    return this;
  }

  /** Gathers rows from..to in a collapsed (hidden) outline group. */
  groupRows(from: number, to: number): this {
    (this.spec.rowGroups ??= []).push({ from, to });
    return this;
  }

  tabColor(color: string): this {
    this.spec.tabColor = color;
    return this;
  }

  build(): SheetSpec {
    return this.spec;
  }
}
