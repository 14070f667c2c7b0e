import { defineMessages } from '../define';

export const shellMessages = defineMessages({});
