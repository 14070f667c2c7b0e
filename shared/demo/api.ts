// The sample casebook, loaded on request.
import { emptyInput } from '../api/fields';
import { command } from '../api/method';

export const demoApi = {
  'demo.load': command<Readonly<{ cases: number; events: number }>>()(emptyInput),
} as const;
