// Every page folder of tests/pages (tests/pages/README.md), in every form it can take, against its expected.json.
import { loadPageFolders } from '../helpers/pages';
import { describePageTable } from '../helpers/page-table';

describePageTable(loadPageFolders().map((page) => ({ ...page, goldConventions: false })));
