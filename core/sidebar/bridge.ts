/** What the sidebar asks of its host: the one thing that differs between Sheets, Excel and the web. */
import type { GenerationStep, GenerationSummary } from '../generate';
import type { PlanError, PlanInput } from '../plan/types';

export type { GenerationStep, GenerationSummary } from '../generate';

/** What a generation gives back: its summary, or the input's errors (shown beside the fields). */
export type GenerationResult = GenerationSummary | { errors: PlanError[] };

export interface HostBridge {
  /**
   * Generates the plan; reports each step as it starts. Bad input comes back as errors (data,
   * never a thrown string); anything else that fails rejects with a message.
   */
  generate(input: PlanInput, onProgress: (step: GenerationStep) => void): Promise<GenerationResult>;
  /** Hosts that wrote into an open workbook can show its Overview sheet. */
  openOverview?: () => void;
}

/** Local storage where the host allows it; the sidebar remembers the last input there. */
export interface FormStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
