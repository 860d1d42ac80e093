package vn.opendvc.identity.security;

import java.util.Map;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.identity.internal.AccountUserDetailsService;
import vn.opendvc.identity.internal.JdbcAccounts;
import vn.opendvc.web.PublicPaths;

/**
 * The application's security, owned by this module. Three filter chains:
 * <ol>
 * <li>{@code /actuator/prometheus}: the metrics, for a MONITOR or ADMIN account only, stateless, with HTTP Basic (what
 * a Prometheus scraper sends) or a bearer access token. Health and info stay public on the page chain.</li>
 * <li>{@code /api/**}: stateless, bearer access tokens only. CSRF protection is off there because no cookie ever
 * authenticates an API call. GET on every module's {@link PublicPaths#apiReads()}, POST on its
 * {@link PublicPaths#apiCallbacks()} (outside services' callbacks with their own secret) and the token endpoint are
 * open.</li>
 * <li>everything else: sessions, form login, logout by POST, e-ID login when configured, CSRF on. Open are every
 * module's {@link PublicPaths#pages()} and the login and registration pages; {@code /admin/**} needs ADMIN.</li>
 * </ol>
 * Every answer carries the same {@link #CONTENT_SECURITY_POLICY} and a Referrer-Policy; Spring Security adds HSTS to
 * answers over TLS. The session cookie's SameSite=Lax is set in {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String TOKEN_ENDPOINT = "/api/v1/auth/token";
    static final String EID_FAILURE_URL = "/login?eidError";
    static final String METRICS = "/actuator/prometheus";

    /**
     * Scripts, styles, images and requests only from this origin: no inline script or style, no eval, no plugin, no
     * {@code <base>} elsewhere, no framing (clickjacking). Pages keep their scripts in {@code static/js} and set
     * computed lengths through the DOM (allowed), never in {@code style} attributes. {@code data:} images are the
     * icons the Swagger UI's stylesheet embeds. {@code form-action} is left open on purpose: the payment form is
     * redirected to the payment gateway's own address. An embeddable widget will need its own {@code frame-ancestors}.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Only strong encodings are accepted: no {noop}, MD5 or SHA-1 hashes can ever match.
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * Local accounts (username or ID number or tax code, and password): the application's global authentication
     * manager, used by form login (as the parent of the page chain's own) and by the token endpoint.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(provider);
        // logins and failed logins become authentication events, which the audit log records
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** The security headers every chain sends, on pages, API answers and metrics alike. */
    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /**
     * The Prometheus metrics tell how the service is used and by how many; they are kept from the public: only a
     * MONITOR or ADMIN account, with HTTP Basic (which every scraper supports) or a bearer access token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsSecurity(HttpSecurity http, ApiTokens tokens, BearerAccounts bearerAccounts,
            ApiProblems problems) throws Exception {
        http.securityMatcher(METRICS)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasAnyRole("MONITOR", "ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        return stateless(http, tokens, bearerAccounts, problems).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<PublicPaths> publicPaths, ApiTokens tokens,
            BearerAccounts bearerAccounts, ApiProblems problems) throws Exception {
        String[] reads = publicPaths.orderedStream().flatMap(p -> p.apiReads().stream()).distinct()
                .toArray(String[]::new);
        String[] callbacks = publicPaths.orderedStream().flatMap(p -> p.apiCallbacks().stream()).distinct()
                .toArray(String[]::new);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(HttpMethod.POST, TOKEN_ENDPOINT).permitAll();
                    if (reads.length > 0) {
                        authorize.requestMatchers(HttpMethod.GET, reads).permitAll();
                    }
                    if (callbacks.length > 0) {
                        authorize.requestMatchers(HttpMethod.POST, callbacks).permitAll();
                    }
                    authorize.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.disable());
        return stateless(http, tokens, bearerAccounts, problems).build();
    }

    /**
     * What the API and the metrics share: no session, no CSRF (no cookie to forge), bearer tokens, problem details
     * for 401/403, the security headers.
     */
    private static HttpSecurity stateless(HttpSecurity http, ApiTokens tokens, BearerAccounts bearerAccounts,
            ApiProblems problems) throws Exception {
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(bearerAccounts))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(SecurityConfiguration::securityHeaders);
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, ObjectProvider<PublicPaths> publicPaths,
            ObjectProvider<ClientRegistrationRepository> eid,
            ObjectProvider<EidUserService> eidUsers, JdbcAccounts accounts) throws Exception {
        String[] pages = Stream.concat(publicPaths.orderedStream().flatMap(p -> p.pages().stream()),
                        Stream.of("/login", "/register", "/register/**", "/oauth2/**", "/login/oauth2/**"))
                .distinct().toArray(String[]::new);
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(pages).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/me/**").authenticated()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(SecurityConfiguration::securityHeaders)
                .addFilterAfter(new RevokedSignIns(accounts), SecurityContextHolderFilter.class);
        EidUserService users = eidUsers.getIfAvailable();
        if (users != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .failureUrl(EID_FAILURE_URL)
                    .clientRegistrationRepository(eid.getObject())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                            // e-ID provider unreachable: back to the login page with a message, not a 500.
                            filter.setAuthenticationFailureHandler(
                                    new SimpleUrlAuthenticationFailureHandler(EID_FAILURE_URL));
                            return filter;
                        }
                    }));
        }
        return http.build();
    }

    /** Beans of the e-ID login, present only when {@code opendvc.eid.issuer} is set. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(EidConfigured.class)
    static class EidLogin {

        @Bean
        ClientRegistrationRepository eidClientRegistrations(EidProperties properties) {
            return new EidClientRegistrations(properties);
        }

        @Bean
        EidUserService eidUserService(AccountRegistry registry, EidProperties properties) {
            return new EidUserService(registry, properties);
        }
    }

    static class EidConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String issuer = context.getEnvironment().getProperty("opendvc.eid.issuer");
            return issuer != null && !issuer.isBlank();
        }
    }
}
