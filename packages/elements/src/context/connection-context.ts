import { createContext } from '@lit/context';
import type { Connection } from '../api/connection.js';

/** The one API connection a <pls-provider> shares with the elements inside it. */
export const connectionContext = createContext<Connection | undefined>(Symbol.for('plskit:connection'));
