/** The registry of planning frameworks. Adding one means adding its data file here. */
import { sostac } from './sostac';
import type { FrameworkDefinition } from './types';

export type { FrameworkDefinition, StageDefinition, DefaultTask, SheetKind } from './types';

export const FRAMEWORKS: readonly FrameworkDefinition[] = [sostac];

export function findFramework(id: string): FrameworkDefinition | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

export function framework(id: string): FrameworkDefinition {
  const found = findFramework(id);
  if (!found) throw new Error(`unknown framework: ${id}`);
  return found;
}
