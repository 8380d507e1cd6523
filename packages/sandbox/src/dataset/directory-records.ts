// The directory's records as the dataset makes them and an import reads them:
// centers, law firms, lawyers (the other points are in service-point-record.ts).
import type { ServiceCode } from '@plskit/core';
import type { LawyerCategory } from './licence-number.js';
import type { GeoLocation } from './service-point-record.js';

export type CenterLevel = 'city' | 'county' | 'township' | 'branch';

export interface ServiceCenterRecord {
  id: string;
  name: string;
  level: CenterLevel;
  region: string;
  address: string;
  phone: string;
  services: ServiceCode[];
  /** The 9-digit code of the township it stands in, or null. */
  township: string | null;
  location: GeoLocation | null;
}

export interface LawFirmRecord {
  id: string;
  name: string;
  region: string;
  address: string;
  phone: string;
}

export interface LawyerRecord {
  id: string;
  name: string;
  sex: 'male' | 'female';
  licenceNumber: string;
  category: LawyerCategory;
  firmId: string | null;
  region: string;
  practiceAreas: string[];
  languages: string[];
  firstPracticeYear: number;
  acceptsLegalAid: boolean;
  phone: string | null;
}
