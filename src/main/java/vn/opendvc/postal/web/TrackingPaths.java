package vn.opendvc.postal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.opendvc.web.PublicPaths;

/** The carrier's tracking callback comes without login; {@link TrackingApi} checks its shared secret. */
@Configuration(proxyBeanMethods = false)
class TrackingPaths {

    @Bean
    PublicPaths postalTrackingPaths() {
        return PublicPaths.apiCallbacks(TrackingApi.PATH);
    }
}
