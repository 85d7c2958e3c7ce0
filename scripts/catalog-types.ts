import { writeFileSync } from 'node:fs';
import { CATALOG_TYPES_FILE, catalogTypesSource } from '@/lib/i18n/catalog-types';
import english from '@/lib/i18n/messages/en.json';

writeFileSync(CATALOG_TYPES_FILE, catalogTypesSource(english));
console.log(`Wrote ${CATALOG_TYPES_FILE} from lib/i18n/messages/en.json.`);
