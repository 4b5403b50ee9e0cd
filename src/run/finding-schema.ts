/** A finding as the run reads it back from its own files (a JSON report to merge, the result cache): checked, never trusted. */
import { z } from 'zod';

const position = z.number().int().min(1);

/** The fields every stored finding has (a JSON report's; the cache adds its own). */
export const FINDING_FIELDS = {
  ruleId: z.string(),
  severity: z.enum(['error', 'warning']),
  messageId: z.string(),
  message: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  line: position,
  column: position,
  endLine: position,
  endColumn: position,
  related: z.object({ file: z.string(), line: position, column: position, message: z.string() }).optional(),
  fixable: z.literal(true).optional(),
  baselined: z.literal(true).optional(),
  unchecked: z.literal(true).optional(),
};
