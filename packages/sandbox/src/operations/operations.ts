// Every operation of the contract, by operationId.
import type { Clock } from '../clock.js';
import type { AppointmentStore } from '../store/appointment-store.js';
import type { DirectoryStore } from '../store/directory-store.js';
import { directoryOperations } from './directory-operations.js';
import { healthOperation } from './health-operation.js';
import type { OperationHandler } from './operation.js';

export interface OperationDependencies {
  directory: DirectoryStore;
  appointments: AppointmentStore;
  clock: Clock;
}

export function createOperations(dependencies: OperationDependencies): Record<string, OperationHandler> {
  return {
    getHealth: healthOperation(dependencies.directory, dependencies.clock),
    ...directoryOperations(dependencies),
  };
}
