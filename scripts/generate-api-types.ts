// `npm run api-types`: writes the web client's API types from the OpenAPI document.
import fs from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from '../src/http/api-types.js';

fs.writeFileSync(API_TYPES_FILE, await generateApiTypes());
console.log(`wrote ${API_TYPES_FILE}`);
