'use server';

import { changeOwnPassword } from '@/lib/server/account/change-own-password';
import { sessionAction } from '@/lib/server/account/session-action';
import { changePasswordSchema } from '@/lib/schemas/user';

export const changePasswordAction = sessionAction(changePasswordSchema, (input, session) => changeOwnPassword(session, input));
