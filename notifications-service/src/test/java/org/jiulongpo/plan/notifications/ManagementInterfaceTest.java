package org.jiulongpo.plan.notifications;

import org.jiulongpo.plan.suite.testing.ManagementInterfaceContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(ProjectsFeedStub.class)
class ManagementInterfaceTest extends ManagementInterfaceContract {

    @Override
    protected String apiRoot() {
        return "/api/v1/events";
    }
}
