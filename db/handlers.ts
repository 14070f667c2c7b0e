// Every feature's handlers, one spread: typed as `Handlers`, so a method of
// the contract without a handler (or a handler without a method) fails to compile.
import { agreementHandlers } from './agreements/handlers';
import { caseHandlers } from './cases/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { deadlineHandlers } from './deadlines/handlers';
import { demoHandlers } from './demo/handlers';
import { eventHandlers } from './events/handlers';
import type { Handlers } from './handlerTypes';
import { historyHandlers } from './history/handlers';
import { limitHandlers } from './limits/handlers';
import { meetingHandlers } from './meetings/handlers';
import { settingsHandlers } from './settings/handlers';
import { trashHandlers } from './trash/handlers';

export const handlers: Handlers = {
  ...agreementHandlers,
  ...caseHandlers,
  ...eventHandlers,
  ...historyHandlers,
  ...limitHandlers,
  ...deadlineHandlers,
  ...dashboardHandlers,
  ...demoHandlers,
  ...settingsHandlers,
  ...trashHandlers,
  ...meetingHandlers,
};
