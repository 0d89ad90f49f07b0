import { loadConfig } from '../../functions/config/load.ts';
import { createEarshotApp } from '../lib/app.ts';

// The same validated config the local runner reads (EARSHOT_CONFIG names another file).
// CDK_DEFAULT_ACCOUNT is set by the CLI when credentials exist; without it synth stays offline.
const { app } = createEarshotApp({ config: loadConfig(), account: process.env.CDK_DEFAULT_ACCOUNT });
app.synth();
