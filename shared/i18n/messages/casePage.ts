import { defineMessages } from '../define';

export const casePageMessages = defineMessages({});
