package kz.kelisim.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MariaDB 10 answers mysql-connector-j as "MySQL 5.5.5-10.x.y-MariaDB", so Hibernate would pick the
 * MySQL dialect for a long-unsupported MySQL 5.5. This tells Hibernate what the server really is, so
 * the MySQL profile works on MariaDB with its proper dialect and no setting from the operator.
 */
@Configuration(proxyBeanMethods = false)
class MariaDbDetection {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");

    @Bean
    HibernatePropertiesCustomizer mariaDbBehindTheMySqlDriver(DataSource dataSource) {
        return properties -> {
            String version = productVersion(dataSource);
            Matcher mariaDb = MARIADB_VERSION.matcher(version);
            if (mariaDb.find()) {
                properties.put("jakarta.persistence.database-product-name", "MariaDB");
                properties.put("jakarta.persistence.database-product-version", mariaDb.group());
                properties.put("jakarta.persistence.database-major-version", mariaDb.group(1));
                properties.put("jakarta.persistence.database-minor-version", mariaDb.group(2));
            }
        };
    }

    private static String productVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database version", e);
        }
    }
}
