import { App, type Environment } from 'aws-cdk-lib';
import { stages } from '../config/stages.ts';
import { buildArticleSearchApp } from '../stacks/article-search-app.ts';

// The only place that reads the environment. Without credentials the stacks are
// environment-agnostic, which is enough to synthesise; `cdk deploy` fills both in.
const { CDK_DEFAULT_ACCOUNT: account, CDK_DEFAULT_REGION: region } = process.env;
const env: Environment = {
  ...(account === undefined ? {} : { account }),
  ...(region === undefined ? {} : { region }),
};

buildArticleSearchApp(new App(), stages, env);
