import { createContext } from '@lit/context';
import type { Client } from '../api/client.js';

/** The one API client a <pls-provider> shares with the elements inside it. */
export const clientContext = createContext<Client | undefined>(Symbol.for('plskit:client'));
