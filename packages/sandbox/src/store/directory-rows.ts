// The directory's rows as both engines' SELECTs return them (PostgreSQL casts
// its jsonb and booleans to SQLite's text and 0/1), and the records they make.
import type { OpeningHours, ServiceCode } from '@plskit/core';
import type { CenterLevel } from '../dataset/jining-dataset.js';
import type { LawyerCategory } from '../dataset/licence-number.js';
import type { LawFirmRow, LawyerRow, ServiceCenterRow } from './directory-store.js';
import { locationOf } from './service-points.js';

export interface LawyerSqlRow {
  id: string; name: string; sex: 'male' | 'female'; licence_number: string; category: LawyerCategory;
  firm_id: string | null; firm_name: string | null; firm_address: string | null; firm_phone: string | null; region: string; practice_areas: string; languages: string;
  first_practice_year: number; accepts_legal_aid: number; phone: string | null;
}

export function toLawyer(row: LawyerSqlRow): LawyerRow {
  return {
    id: row.id, name: row.name, sex: row.sex, licenceNumber: row.licence_number, category: row.category,
    // the LEFT JOIN's firm columns are all null together (no firm) or all set
    firm: row.firm_id && row.firm_name !== null
      ? { id: row.firm_id, name: row.firm_name, address: row.firm_address ?? '', phone: row.firm_phone ?? '' }
      : null,
    region: row.region, practiceAreas: JSON.parse(row.practice_areas) as string[],
    languages: JSON.parse(row.languages) as string[], firstPracticeYear: row.first_practice_year,
    acceptsLegalAid: row.accepts_legal_aid === 1, phone: row.phone,
  };
}

export interface CenterSqlRow {
  id: string; name: string; level: CenterLevel; region: string; address: string; phone: string; services: string;
  opening_hours: string | null; township: string | null; latitude: number | null; longitude: number | null; location_precision: number | null;
}

export function toCenter({ opening_hours, latitude, longitude, location_precision, ...row }: CenterSqlRow): ServiceCenterRow {
  return {
    ...row, services: JSON.parse(row.services) as ServiceCode[],
    hours: opening_hours === null ? null : JSON.parse(opening_hours) as OpeningHours,
    location: locationOf(latitude, longitude, location_precision),
  };
}

export interface FirmSqlRow { id: string; name: string; region: string; address: string; phone: string; lawyer_count: number; practice_areas: string }

export function toFirm(row: FirmSqlRow): LawFirmRow {
  return {
    id: row.id, name: row.name, region: row.region, address: row.address, phone: row.phone,
    lawyerCount: row.lawyer_count, practiceAreas: JSON.parse(row.practice_areas) as string[],
  };
}
