package org.jiulongpo.plan.indicators;

import org.jiulongpo.plan.suite.testing.ManagementInterfaceContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ManagementInterfaceTest extends ManagementInterfaceContract {

    @Override
    protected String apiRoot() {
        return "/api/v1/indicators";
    }
}
