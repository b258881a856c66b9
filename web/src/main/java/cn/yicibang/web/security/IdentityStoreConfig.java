package cn.yicibang.web.security;

import cn.yicibang.ejb.database.YicibangDataSource;
import cn.yicibang.ejb.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The one identity store: users and roles in the application's database, passwords as salted PBKDF2
 * hashes (parameters in {@link Passwords}). Disabled accounts cannot log in.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = YicibangDataSource.JNDI_NAME,
    callerQuery = "select password_hash from app_user where username = ? and enabled = true",
    groupsQuery = "select role from app_user_role where username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      Passwords.ALGORITHM,
      Passwords.ITERATIONS,
      Passwords.SALT_SIZE,
      Passwords.KEY_SIZE
    })
@ApplicationScoped
public class IdentityStoreConfig {}
