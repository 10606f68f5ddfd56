// zod with Vietnamese default messages: any check without its own message still speaks Vietnamese,
// on the server and in the browser. Schemas import `z` from here, not from 'zod'.
import { z } from 'zod';

z.config(z.locales.vi());

export { z };
