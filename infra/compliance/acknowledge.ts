import { Aspects, CfnResource, type IAspect, Validations } from 'aws-cdk-lib';
import { rules } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/** Acknowledges one cdk-nag rule (or one `Rule[finding]`) on `scope` and everything below it. */
export function acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: ruleId, reason });
}

// Wildcard findings name resources by CloudFormation references (`<Queue4A7E3555.Arn>`) that
// exist only once the template is resolved, so they are matched when the aspect runs at synthesis.
class AcknowledgeWildcards implements IAspect {
  constructor(
    private readonly finding: RegExp,
    private readonly reason: string,
  ) {}

  visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node)) return;
    const findings = rules.iam.IAMNoWildcardPermissions(node);
    if (!Array.isArray(findings)) return;
    for (const finding of findings) {
      if (this.finding.test(finding))
        acknowledge(node, `AwsSolutions-IAM5[${finding}]`, this.reason);
    }
  }
}

/**
 * Acknowledges the AwsSolutions-IAM5 (wildcard) findings below `scope` that match `finding`, and
 * no others, so a wildcard added later is still reported. Findings read `Action::s3:Get*` or
 * `Resource::arn:<AWS::Partition>:s3:::bucket/*`, as cdk-nag prints them.
 */
export function acknowledgeWildcards(scope: IConstruct, finding: RegExp, reason: string): void {
  if (finding.global || finding.sticky) {
    throw new Error(
      `wildcard pattern ${finding} must not be global or sticky: test() would skip matches`,
    );
  }
  Aspects.of(scope).add(new AcknowledgeWildcards(finding, reason));
}
